#pragma once

#include "core/net/neterror.h"

#include <QByteArray>
#include <QString>

#include <curl/curl.h>

namespace digest {

// What is known when a transfer ends, to tell people why it failed.
struct TransferOutcome
{
    CURLcode result = CURLE_OK;
    // Why we stopped it ourselves, which outranks what libcurl says about it.
    NetError stopReason = NetError::None;
    int status = 0;
    QByteArray reasonPhrase;
    QString host;
    long osErrno = 0;
    // libcurl's own words (CURLOPT_ERRORBUFFER); they name hosts, never paths.
    QString detail;
    double seconds = 0;
    qint64 maxBodyBytes = 0;

    bool operator==(const TransferOutcome&) const = default;
};

struct TransferFailure
{
    NetError error = NetError::None;
    QString message;

    bool operator==(const TransferFailure&) const = default;
};

// Sorts libcurl's many error codes into the cases callers handle, with a message for people.
TransferFailure describeOutcome(const TransferOutcome& outcome);

} // namespace digest
