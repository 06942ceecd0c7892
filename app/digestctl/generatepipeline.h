#pragma once

#include "core/generation/slotjob.h"
#include "core/post/newpost.h"

#include <QString>
#include <QStringList>

namespace digest::cli {

// What `new --generate` was asked for, beside the post itself.
struct GenerateRequest
{
    // "[SECTION=]URL" specs; empty for the configured sources.
    QStringList sourceSpecs;
    // Consequence items (topics not covered by earlier posts) and trending headlines.
    int topics = 5;
    int trending = 3;
    // Requests at a time to the endpoint.
    int jobs = GenerationQueue::kDefaultLimit;
    // Instead of the configured model (settings, then OPENAI_MODEL); also the post's model tag.
    QString model;
    bool force = false;
};

// The unattended pipeline: fetch the topics, write the post from the site's archetype with the
// chosen topics as items and the trending headlines, generate every slot, save. The exit code:
// 1 when any slot failed or was cut short (each named on stderr; the post is still saved with
// what arrived), or when nothing could be written.
int generateNewPost(NewPostRequest post, const GenerateRequest& generate);

} // namespace digest::cli
