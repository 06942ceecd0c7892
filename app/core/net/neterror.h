#pragma once

#include <QString>

namespace digest {

// Why an HTTP request failed, as a caller needs to tell the cases apart: retry, report, fall
// back to a cache. HttpReply::errorMessage() says the same for people.
enum class NetError {
    None,
    // The name lookup failed: offline, or no such host.
    HostNotFound,
    // No route to the host: the network is down.
    Unreachable,
    ConnectionRefused,
    // Connecting, the whole transfer, or the wait for the next byte took too long.
    Timeout,
    // The TLS handshake failed (no common protocol or cipher, an unreadable CA file...).
    Tls,
    // The server's certificate is not trusted: no known authority signed it (self-signed), it
    // names another host, it expired, or its key is not the pinned one.
    UntrustedCertificate,
    // The server answered with a status of 400 or more; the answer is still there to read.
    HttpStatus,
    TooManyRedirects,
    // The connection closed before the whole answer arrived.
    Truncated,
    // The answer is not valid HTTP, or its compression is broken.
    Malformed,
    // The answer is larger than the request allows.
    TooLarge,
    // Not an http or https URL (redirects included).
    UnsupportedUrl,
    Cancelled,
    Other,
};

// A stable name for scripts and tests: "host-not-found", "timeout", …
QString netErrorName(NetError error);

// A later attempt may succeed without anyone changing anything.
bool isTransient(NetError error);

} // namespace digest
