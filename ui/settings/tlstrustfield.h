#pragma once

#include "core/net/servercertificate.h"

#include <QFutureWatcher>
#include <QHash>
#include <QUrl>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace digest {
class Settings;
} // namespace digest

namespace digest::ui {

// The TLS trust of the endpoint the dialog's fields describe, for a server whose certificate
// no known authority signed: a CA file to verify it against, or the pin of a certificate the
// person fetched, looked at and chose to trust. Never a switch that turns verification off.
// Kept per endpoint (Settings::modelCaFile / modelPinnedPublicKey) and written on store();
// until then the choices are the dialog's own.
class TlsTrustField final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TlsTrustField)

public:
    explicit TlsTrustField(Settings& settings, QWidget* parent = nullptr);
    ~TlsTrustField() override;

    // The endpoint the fields describe now: its identity (ChatEndpoint::identity()) and base.
    void setEndpoint(const QString& identity, const QUrl& apiBase);
    // The trust chosen for the endpoint shown, stored or not yet.
    QString caFile() const;
    QString pinnedPublicKey() const;
    // The certificate is being fetched.
    bool isBusy() const { return m_watcher.isRunning(); }
    // Writes the choices made for every endpoint shown.
    void store();

signals:
    // The certificate was fetched and the confirmation is showing (or the fetch failed).
    void certificateShown(bool ok);

private:
    struct Trust
    {
        QString caFile;
        QString pin;
    };
    Trust& edited();
    void chooseCaFile();
    void fetchCertificate();
    void onFetched();
    void confirm(const ServerCertificate& certificate, const QString& identity);
    void showTrust();

    Settings& m_settings;
    QString m_identity;
    QUrl m_base;
    // Per endpoint identity, what the person chose and OK has not stored yet.
    QHash<QString, Trust> m_edits;
    QFutureWatcher<CertificateProbe> m_watcher;
    QString m_fetchedFor;
    QLineEdit* m_caFile = nullptr;
    QPushButton* m_chooseCaFile = nullptr;
    QPushButton* m_trust = nullptr;
    QPushButton* m_stopTrusting = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace digest::ui
