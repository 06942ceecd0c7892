#pragma once

#include <QByteArrayView>
#include <QDateTime>
#include <QStringView>

#include <chrono>
#include <optional>

namespace digest {

// Reads an Internet date as HTTP headers and RSS feeds write it ("Tue, 10 Jun 2025 05:36:31
// GMT", "+0000", "EST"); Qt's RFC 2822 parser alone refuses zone names. Invalid when it is not
// one.
QDateTime parseInternetDate(QStringView text);

// How long a Retry-After header asks to wait: delay seconds or an HTTP date, counted from
// `now`; a date in the past means no wait. Nothing for a value that is neither.
std::optional<std::chrono::seconds> parseRetryAfter(QByteArrayView value, const QDateTime& now);

} // namespace digest
