#include "ui/settings/tlstrustfield.h"

#include "core/settings/settings.h"

#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace digest::ui {
namespace {

// The certificate as a person checks it before trusting it, plain text.
QString certificateDetails(const ServerCertificate& certificate)
{
    const QLocale locale;
    QStringList lines;
    lines << TlsTrustField::tr("Subject: %1").arg(certificate.subject)
          << TlsTrustField::tr("Issuer: %1").arg(certificate.issuer)
          << TlsTrustField::tr("Valid from %1 until %2")
                 .arg(locale.toString(certificate.notBefore.toLocalTime(), QLocale::ShortFormat),
                      locale.toString(certificate.notAfter.toLocalTime(), QLocale::ShortFormat))
          << TlsTrustField::tr("SHA-256 fingerprint:\n%1").arg(certificate.sha256Fingerprint)
          << (certificate.isSelfSigned()
                  ? TlsTrustField::tr("Self-signed: no authority vouches for it.")
                  : TlsTrustField::tr("Signed by the issuer above, which this system does not "
                                      "trust."));
    return lines.join(u'\n');
}

} // namespace

TlsTrustField::TlsTrustField(Settings& settings, QWidget* parent)
    : QWidget(parent)
    , m_settings(settings)
{
    m_caFile = new QLineEdit(this);
    m_caFile->setObjectName(QStringLiteral("caFileEdit"));
    m_caFile->setPlaceholderText(tr("None: the system's certificate authorities"));
    m_caFile->setClearButtonEnabled(true);
    connect(m_caFile, &QLineEdit::textEdited, this,
            [this](const QString& text) { edited().caFile = text.trimmed(); });
    m_chooseCaFile = new QPushButton(tr("CA &File…"), this);
    m_chooseCaFile->setObjectName(QStringLiteral("caFileButton"));
    connect(m_chooseCaFile, &QPushButton::clicked, this, &TlsTrustField::chooseCaFile);

    m_trust = new QPushButton(tr("Trust This &Certificate…"), this);
    m_trust->setObjectName(QStringLiteral("trustCertificateButton"));
    m_trust->setToolTip(tr("Fetch the server's certificate, look at it, and trust it for this "
                           "endpoint only"));
    connect(m_trust, &QPushButton::clicked, this, &TlsTrustField::fetchCertificate);
    m_stopTrusting = new QPushButton(tr("&Stop Trusting"), this);
    m_stopTrusting->setObjectName(QStringLiteral("stopTrustingButton"));
    connect(m_stopTrusting, &QPushButton::clicked, this, [this] {
        edited().pin.clear();
        showTrust();
    });

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("trustStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_trust);
    buttons->addWidget(m_stopTrusting);
    buttons->addStretch(1);
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_caFile, 0, 0);
    layout->addWidget(m_chooseCaFile, 0, 1);
    layout->addLayout(buttons, 1, 0, 1, 2);
    layout->addWidget(m_status, 2, 0, 1, 2);
    layout->setColumnStretch(0, 1);

    connect(&m_watcher, &QFutureWatcher<CertificateProbe>::finished, this,
            &TlsTrustField::onFetched);
    showTrust();
}

TlsTrustField::~TlsTrustField() = default;

void TlsTrustField::setEndpoint(const QString& identity, const QUrl& apiBase)
{
    m_identity = identity;
    m_base = apiBase;
    showTrust();
}

TlsTrustField::Trust& TlsTrustField::edited()
{
    auto found = m_edits.find(m_identity);
    if (found == m_edits.end())
        found = m_edits.insert(m_identity, Trust{m_settings.modelCaFile(m_identity),
                                                 m_settings.modelPinnedPublicKey(m_identity)});
    return *found;
}

QString TlsTrustField::caFile() const
{
    const auto found = m_edits.constFind(m_identity);
    return found != m_edits.constEnd() ? found->caFile : m_settings.modelCaFile(m_identity);
}

QString TlsTrustField::pinnedPublicKey() const
{
    const auto found = m_edits.constFind(m_identity);
    return found != m_edits.constEnd() ? found->pin : m_settings.modelPinnedPublicKey(m_identity);
}

void TlsTrustField::store()
{
    for (auto it = m_edits.cbegin(); it != m_edits.cend(); ++it) {
        if (it.key().isEmpty())
            continue;
        m_settings.setModelCaFile(it.key(), it->caFile);
        m_settings.setModelPinnedPublicKey(it.key(), it->pin);
    }
}

void TlsTrustField::chooseCaFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Certificate Authority of the Model Server"), m_caFile->text(),
        tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    if (path.isEmpty())
        return;
    edited().caFile = path;
    showTrust();
}

void TlsTrustField::fetchCertificate()
{
    if (isBusy() || m_base.scheme() != QLatin1String("https"))
        return;
    m_fetchedFor = m_identity;
    m_status->setText(tr("Fetching the certificate of %1…").arg(m_base.host()));
    m_status->show();
    m_trust->setEnabled(false);
    m_watcher.setFuture(fetchServerCertificate(
        m_base, std::chrono::milliseconds(m_settings.networkConnectTimeoutMs())));
}

void TlsTrustField::onFetched()
{
    const CertificateProbe probe = m_watcher.result();
    showTrust();
    if (!probe.ok()) {
        m_status->setText(probe.errorMessage);
        m_status->show();
        emit certificateShown(false);
        return;
    }
    confirm(probe.certificate, m_fetchedFor);
    emit certificateShown(true);
}

void TlsTrustField::confirm(const ServerCertificate& certificate, const QString& identity)
{
    // Not exec(): the dialog stays responsive, and the answer arrives as a signal.
    auto* box = new QMessageBox(QMessageBox::Question, tr("Trust This Certificate?"),
                                tr("The server at %1 presented this certificate. Trust it for "
                                   "this endpoint only if you know it is your server's.")
                                    .arg(m_base.host()),
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("trustCertificateBox"));
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(certificateDetails(certificate));
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QString pin = certificate.pinnedPublicKey;
    connect(box, &QMessageBox::finished, this, [this, box, identity, pin] {
        if (box->standardButton(box->clickedButton()) != QMessageBox::Yes)
            return;
        const QString shown = m_identity;
        m_identity = identity;
        edited().pin = pin;
        m_identity = shown;
        showTrust();
    });
    box->open();
}

void TlsTrustField::showTrust()
{
    const bool https = m_base.scheme() == QLatin1String("https");
    const QString ca = caFile();
    const QString pin = pinnedPublicKey();
    if (m_caFile->text() != ca)
        m_caFile->setText(ca);
    const bool known = !m_identity.isEmpty();
    m_caFile->setEnabled(known);
    m_chooseCaFile->setEnabled(known);
    m_trust->setEnabled(https && !isBusy());
    m_stopTrusting->setEnabled(!pin.isEmpty());
    if (!pin.isEmpty())
        m_status->setText(tr("Trusted: the certificate whose public key is %1").arg(pin));
    else if (!https)
        m_status->setText(known ? tr("Not an https address: nothing to verify.") : QString());
    else
        m_status->setText(tr("Verified against %1.")
                              .arg(ca.isEmpty() ? tr("the system's certificate authorities")
                                                : tr("the CA file")));
    m_status->setVisible(!m_status->text().isEmpty());
}

} // namespace digest::ui
