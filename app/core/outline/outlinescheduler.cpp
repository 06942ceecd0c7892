#include "core/outline/outlinescheduler.h"

namespace digest {

OutlineScheduler::OutlineScheduler(QObject* parent)
    : QObject(parent)
    , m_worker([](const QString& text) { return parseOutline(text); },
               [this](const Outline& outline) { emit parsed(outline); })
{}

OutlineScheduler::~OutlineScheduler() = default;

} // namespace digest
