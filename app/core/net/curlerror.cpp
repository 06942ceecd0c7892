#include "core/net/curlerror.h"

#include "core/net/httpclient.h"

#include <cerrno>

namespace digest {
namespace {

NetError classify(CURLcode result, long osErrno, int status)
{
    switch (result) {
    case CURLE_OK:
        return NetError::None;
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
        return NetError::HostNotFound;
    case CURLE_COULDNT_CONNECT:
        return osErrno == ENETUNREACH || osErrno == EHOSTUNREACH || osErrno == ENETDOWN
                   ? NetError::Unreachable
                   : NetError::ConnectionRefused;
    case CURLE_OPERATION_TIMEDOUT:
        return NetError::Timeout;
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
        return NetError::UntrustedCertificate;
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_INVALIDCERTSTATUS:
    case CURLE_USE_SSL_FAILED:
        return NetError::Tls;
    case CURLE_TOO_MANY_REDIRECTS:
        return NetError::TooManyRedirects;
    case CURLE_PARTIAL_FILE:
    case CURLE_GOT_NOTHING:
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
        return NetError::Truncated;
    case CURLE_WEIRD_SERVER_REPLY:
    case CURLE_BAD_CONTENT_ENCODING:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
    case CURLE_HTTP3:
        return NetError::Malformed;
    case CURLE_FILESIZE_EXCEEDED:
        return NetError::TooLarge;
    case CURLE_UNSUPPORTED_PROTOCOL:
        // The request's own URL is checked before libcurl sees it, so this is either a redirect
        // to another scheme or an answer without an HTTP status line ("Received HTTP/0.9 when
        // not allowed"): only a redirect has a status.
        return status >= 300 && status < 400 ? NetError::UnsupportedUrl : NetError::Malformed;
    case CURLE_URL_MALFORMAT:
        return NetError::UnsupportedUrl;
    case CURLE_ABORTED_BY_CALLBACK:
        return NetError::Cancelled;
    default:
        return NetError::Other;
    }
}

QString statusMessage(const TransferOutcome& outcome)
{
    const QString reason = QString::fromLatin1(outcome.reasonPhrase).trimmed();
    return reason.isEmpty() ? HttpClient::tr("%1 answered with HTTP status %2.")
                                  .arg(outcome.host)
                                  .arg(outcome.status)
                            : HttpClient::tr("%1 answered with HTTP status %2 (%3).")
                                  .arg(outcome.host)
                                  .arg(outcome.status)
                                  .arg(reason);
}

QString message(NetError error, const TransferOutcome& outcome)
{
    const QString& host = outcome.host;
    switch (error) {
    case NetError::None:
        return QString();
    case NetError::HostNotFound:
        return HttpClient::tr("Could not find the server %1: the computer may be offline, or the "
                              "address is wrong.")
            .arg(host);
    case NetError::Unreachable:
        return HttpClient::tr("Could not reach %1: the network is down.").arg(host);
    case NetError::ConnectionRefused:
        return HttpClient::tr("%1 refused the connection: the server may be down, or the address "
                              "or port is wrong.")
            .arg(host);
    case NetError::Timeout:
        return HttpClient::tr("%1 did not answer in time (gave up after %2 s).")
            .arg(host)
            .arg(outcome.seconds, 0, 'f', 1);
    case NetError::Tls:
        return HttpClient::tr("The secure connection to %1 failed: %2").arg(host, outcome.detail);
    case NetError::UntrustedCertificate:
        return HttpClient::tr("The certificate of %1 is not trusted: %2").arg(host, outcome.detail);
    case NetError::HttpStatus:
        return statusMessage(outcome);
    case NetError::TooManyRedirects:
        return HttpClient::tr("%1 redirected too many times.").arg(host);
    case NetError::Truncated:
        return HttpClient::tr("The connection to %1 closed before the whole answer arrived.")
            .arg(host);
    case NetError::Malformed:
        return HttpClient::tr("%1 sent an answer that is not valid HTTP: %2")
            .arg(host, outcome.detail);
    case NetError::TooLarge:
        return HttpClient::tr("The response from %1 was larger than %2 MB, the most that is read.")
            .arg(host)
            .arg(outcome.maxBodyBytes / (1024 * 1024));
    case NetError::UnsupportedUrl:
        return HttpClient::tr("Only http and https addresses can be fetched (%1).")
            .arg(outcome.detail);
    case NetError::Cancelled:
        return HttpClient::tr("The request to %1 was cancelled.").arg(host);
    case NetError::Other:
        break;
    }
    return HttpClient::tr("The request to %1 failed: %2").arg(host, outcome.detail);
}

} // namespace

TransferFailure describeOutcome(const TransferOutcome& outcome)
{
    NetError error = outcome.stopReason;
    if (error == NetError::None)
        error = classify(outcome.result, outcome.osErrno, outcome.status);
    if (error == NetError::None && outcome.status >= 400)
        error = NetError::HttpStatus;
    else if (error == NetError::None && outcome.status == 0)
        error = NetError::Malformed;
    return {error, message(error, outcome)};
}

} // namespace digest
