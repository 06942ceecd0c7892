#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace digest {
class ApiKeyStore;
} // namespace digest

namespace digest::ui {

// The API key row of the model settings: a password field that is never filled with the
// stored key (its placeholder says where the key comes from), a Forget Key button, and a line
// that follows the store's state and says what became of a save. Opening it reads the store
// (lazily: ApiKeyStore::load()). The key is typed, sent to the store or to the endpoint the
// person tries, and shown nowhere.
class ApiKeyField final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiKeyField)

public:
    explicit ApiKeyField(ApiKeyStore& store, QWidget* parent = nullptr);
    ~ApiKeyField() override;

    // The person typed a key to save.
    bool isEdited() const;
    // The key to try against the endpoint `identity` (ChatEndpoint::identity()): the typed one,
    // else the stored one when it is for that endpoint; empty otherwise (OPENAI_API_KEY then).
    QString keyFor(const QString& identity) const;

    // Saves the typed key in the store for its endpoint; saved() follows.
    void save();
    bool isSaving() const { return m_saving; }

signals:
    // A save ended; on failure the row says why, and the typed key stays to try again.
    void saved(bool ok);

private:
    void showState();
    void showMessage(const QString& text, bool failure);
    void onFinished(bool ok, const QString& errorMessage);

    ApiKeyStore& m_store;
    QLineEdit* m_edit = nullptr;
    QPushButton* m_forget = nullptr;
    QLabel* m_icon = nullptr;
    QLabel* m_status = nullptr;
    bool m_saving = false;
};

} // namespace digest::ui
