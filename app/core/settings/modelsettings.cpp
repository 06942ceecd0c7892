// Settings' part for generation beyond the endpoint: prices, the parallel limit, the model tag
// and the prompt templates. Their defaults are in the one table in settings.cpp.
#include "core/settings/settings.h"

#include <algorithm>
#include <cmath>

namespace digest {
namespace {

// A price is never negative; a hand edit that is not a number is unknown.
double priceFrom(const QVariant& value)
{
    bool ok = false;
    const double price = value.toDouble(&ok);
    return ok && price > 0 && std::isfinite(price) ? price : 0.0;
}

int positiveOr(const QVariant& value, int fallback)
{
    const int number = value.toInt();
    return number > 0 ? number : fallback;
}

} // namespace

double Settings::modelInputPricePerMillion() const
{
    return priceFrom(read(SettingKey::ModelInputPrice));
}

void Settings::setModelInputPricePerMillion(double price)
{
    write(SettingKey::ModelInputPrice, qMax(0.0, price));
}

double Settings::modelOutputPricePerMillion() const
{
    return priceFrom(read(SettingKey::ModelOutputPrice));
}

void Settings::setModelOutputPricePerMillion(double price)
{
    write(SettingKey::ModelOutputPrice, qMax(0.0, price));
}

int Settings::modelParallelRequests() const
{
    return qMin(positiveOr(read(SettingKey::ModelParallelRequests),
                           defaultValue(SettingKey::ModelParallelRequests).toInt()),
                kMaxParallelRequests);
}

void Settings::setModelParallelRequests(int requests)
{
    write(SettingKey::ModelParallelRequests, std::clamp(requests, 1, kMaxParallelRequests));
}

bool Settings::modelTagFollowsModel() const
{
    return read(SettingKey::ModelTagFollowsModel).toBool();
}

void Settings::setModelTagFollowsModel(bool follow)
{
    write(SettingKey::ModelTagFollowsModel, follow);
}

QString Settings::readTemplate(const char* key) const
{
    const QString text = read(key).toString();
    const bool isSystem = qstrcmp(key, SettingKey::PromptSystem) == 0;
    return text.trimmed().isEmpty() && !isSystem ? defaultValue(key).toString() : text;
}

void Settings::writeTemplate(const char* key, const QString& text)
{
    const QString before = readTemplate(key);
    if (text == defaultValue(key).toString())
        m_settings.remove(QLatin1String(key));
    else
        m_settings.setValue(QLatin1String(key), text);
    if (readTemplate(key) != before)
        emit changed(QLatin1String(key));
}

QString Settings::promptSystem() const
{
    return readTemplate(SettingKey::PromptSystem);
}

void Settings::setPromptSystem(const QString& text)
{
    writeTemplate(SettingKey::PromptSystem, text);
}

QString Settings::promptBenefits() const
{
    return readTemplate(SettingKey::PromptBenefits);
}

void Settings::setPromptBenefits(const QString& text)
{
    writeTemplate(SettingKey::PromptBenefits, text);
}

QString Settings::promptRamifications() const
{
    return readTemplate(SettingKey::PromptRamifications);
}

void Settings::setPromptRamifications(const QString& text)
{
    writeTemplate(SettingKey::PromptRamifications, text);
}

QString Settings::promptPrediction() const
{
    return readTemplate(SettingKey::PromptPrediction);
}

void Settings::setPromptPrediction(const QString& text)
{
    writeTemplate(SettingKey::PromptPrediction, text);
}

} // namespace digest
