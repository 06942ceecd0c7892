#include "ui/settings/modelsettingspage.h"

#include "core/generation/chatclient.h"
#include "core/settings/settings.h"
#include "desk/apikeystore.h"
#include "desk/desk.h"
#include "ui/settings/apikeyfield.h"
#include "ui/settings/formhint.h"
#include "ui/settings/modelpicker.h"
#include "ui/settings/tlstrustfield.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QVBoxLayout>

namespace digest::ui {
namespace {

constexpr int kMaxTokens = 1'000'000;
constexpr int kMaxIdleSeconds = 3600;
constexpr double kMaxPrice = 10'000;
constexpr auto kLoadedValue = "loadedValue";

// A spin box shows a rounded value (0.333 as 0.33); writing it back only when the person
// changed it keeps a value set elsewhere exact.
template <typename Spin> void remember(Spin* spin)
{
    spin->setProperty(kLoadedValue, spin->value());
}

template <typename Spin> bool edited(const Spin* spin)
{
    return spin->property(kLoadedValue).toDouble() != double(spin->value());
}

QDoubleSpinBox* priceBox(QWidget* parent, const QString& objectName)
{
    auto* box = new QDoubleSpinBox(parent);
    box->setObjectName(objectName);
    box->setRange(0, kMaxPrice);
    box->setDecimals(4);
    box->setSingleStep(0.05);
    box->setSpecialValueText(ModelSettingsPage::tr("Unknown"));
    box->setSuffix(ModelSettingsPage::tr(" per million tokens"));
    return box;
}

} // namespace

ModelSettingsPage::ModelSettingsPage(Desk& desk, QWidget* parent)
    : SettingsPage(parent)
    , m_desk(desk)
    , m_settings(desk.settings())
{
    setObjectName(QStringLiteral("modelSettingsPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createForm());
    load();
    connect(m_baseUrl, &QLineEdit::textChanged, this, &SettingsPage::problemChanged);
}

ModelSettingsPage::~ModelSettingsPage() = default;

QWidget* ModelSettingsPage::createForm()
{
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_baseUrl = new QLineEdit(page);
    m_baseUrl->setObjectName(QStringLiteral("baseUrlEdit"));
    m_baseUrl->setPlaceholderText(QStringLiteral("http://localhost:11434/v1"));
    m_baseUrl->setClearButtonEnabled(true);
    const QString environmentUrl = qEnvironmentVariable("OPENAI_BASE_URL").trimmed();
    const QString urlNote =
        environmentUrl.isEmpty()
            ? tr("Any OpenAI-compatible server (Ollama, llama.cpp, vLLM, LM Studio, OpenAI, "
                 "OpenRouter). When empty, OPENAI_BASE_URL is used; it is not set.")
            : tr("Any OpenAI-compatible server. When empty, OPENAI_BASE_URL is used: %1")
                  .arg(QUrl(environmentUrl).toString(QUrl::RemoveUserInfo));
    form->addRow(tr("&Base URL:"), withHint(m_baseUrl, hint(urlNote, page)));

    m_apiKey = new ApiKeyField(m_desk.apiKeys(), page);
    m_apiKey->setObjectName(QStringLiteral("apiKeyField"));
    connect(m_apiKey, &ApiKeyField::saved, this, &ModelSettingsPage::keySaved);
    form->addRow(tr("API &key:"), m_apiKey);

    m_trust = new TlsTrustField(m_settings, page);
    m_trust->setObjectName(QStringLiteral("tlsTrustField"));
    form->addRow(tr("TLS trust:"), m_trust);
    // The trust shown is the one of the endpoint the base URL names now.
    connect(m_baseUrl, &QLineEdit::textChanged, this, [this] {
        const ChatEndpoint endpoint = fieldsEndpoint();
        m_trust->setEndpoint(endpoint.identity(), endpoint.apiBase());
    });

    m_model = new ModelPicker(
        m_desk.chat(), [this] { return refreshEndpoint(); }, page);
    m_model->setObjectName(QStringLiteral("modelPicker"));
    form->addRow(tr("M&odel:"), m_model);

    m_temperature = new QDoubleSpinBox(page);
    m_temperature->setObjectName(QStringLiteral("temperatureBox"));
    m_temperature->setRange(0, 2);
    m_temperature->setSingleStep(0.1);
    m_temperature->setDecimals(2);
    form->addRow(tr("&Temperature:"), m_temperature);

    m_maxTokens = new QSpinBox(page);
    m_maxTokens->setObjectName(QStringLiteral("maxTokensBox"));
    m_maxTokens->setRange(0, kMaxTokens);
    m_maxTokens->setSingleStep(100);
    m_maxTokens->setSpecialValueText(tr("Server default"));
    form->addRow(tr("Max &tokens per answer:"), m_maxTokens);

    m_idleTimeout = new QSpinBox(page);
    m_idleTimeout->setObjectName(QStringLiteral("idleTimeoutBox"));
    m_idleTimeout->setRange(1, kMaxIdleSeconds);
    m_idleTimeout->setSuffix(tr(" s"));
    form->addRow(tr("&Idle timeout:"),
                 withHint(m_idleTimeout, hint(tr("How long the model may stay silent mid-answer; "
                                                 "slow local models need long."),
                                              page)));

    m_parallel = new QSpinBox(page);
    m_parallel->setObjectName(QStringLiteral("parallelRequestsBox"));
    m_parallel->setRange(1, Settings::kMaxParallelRequests);
    form->addRow(tr("Parallel &requests:"),
                 withHint(m_parallel, hint(tr("At most this many requests go to one endpoint at "
                                              "a time; the others wait in line."),
                                           page)));

    m_inputPrice = priceBox(page, QStringLiteral("inputPriceBox"));
    form->addRow(tr("I&nput price:"), m_inputPrice);
    m_outputPrice = priceBox(page, QStringLiteral("outputPriceBox"));
    form->addRow(tr("O&utput price:"),
                 withHint(m_outputPrice, hint(tr("For the estimated cost of a post, in any "
                                                 "currency; unknown prices show no cost."),
                                              page)));

    m_tagFollowsModel =
        new QCheckBox(tr("The post's model tag names the model that wrote it"), page);
    m_tagFollowsModel->setObjectName(QStringLiteral("tagFollowsModelBox"));
    form->addRow(tr("Tags:"), m_tagFollowsModel);

    // Scrolls rather than squeezing the fields on a small screen.
    auto* scroll = new QScrollArea;
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Never narrower than the fields with the scroll bar beside them: no field is cut off.
    scroll->setMinimumWidth(page->minimumSizeHint().width() +
                            scroll->verticalScrollBar()->sizeHint().width());
    return scroll;
}

void ModelSettingsPage::load()
{
    m_baseUrl->setText(m_settings.modelBaseUrl());
    {
        const ChatEndpoint endpoint = fieldsEndpoint();
        m_trust->setEndpoint(endpoint.identity(), endpoint.apiBase());
    }
    m_model->setModel(m_settings.modelName());
    m_temperature->setValue(m_settings.modelTemperature());
    m_maxTokens->setValue(m_settings.modelMaxTokens());
    m_idleTimeout->setValue((m_settings.modelIdleTimeoutMs() + 999) / 1000);
    m_parallel->setValue(m_settings.modelParallelRequests());
    m_inputPrice->setValue(m_settings.modelInputPricePerMillion());
    m_outputPrice->setValue(m_settings.modelOutputPricePerMillion());
    m_tagFollowsModel->setChecked(m_settings.modelTagFollowsModel());
    remember(m_temperature);
    remember(m_idleTimeout);
    remember(m_inputPrice);
    remember(m_outputPrice);
}

void ModelSettingsPage::store()
{
    m_settings.setModelBaseUrl(m_baseUrl->text());
    m_settings.setModelName(m_model->model());
    if (edited(m_temperature))
        m_settings.setModelTemperature(m_temperature->value());
    m_settings.setModelMaxTokens(m_maxTokens->value());
    if (edited(m_idleTimeout))
        m_settings.setModelIdleTimeoutMs(m_idleTimeout->value() * 1000);
    m_settings.setModelParallelRequests(m_parallel->value());
    if (edited(m_inputPrice))
        m_settings.setModelInputPricePerMillion(m_inputPrice->value());
    if (edited(m_outputPrice))
        m_settings.setModelOutputPricePerMillion(m_outputPrice->value());
    m_settings.setModelTagFollowsModel(m_tagFollowsModel->isChecked());
    m_trust->store();
}

QString ModelSettingsPage::problem() const
{
    const QString text = m_baseUrl->text().trimmed();
    if (text.isEmpty())
        return {};
    const QUrl url(text, QUrl::StrictMode);
    const bool web =
        url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https");
    if (!url.isValid() || !web || url.host().isEmpty())
        return tr("The base URL is not an http:// or https:// address: “%1”.").arg(text);
    return {};
}

bool ModelSettingsPage::isKeyEdited() const
{
    return m_apiKey->isEdited();
}

bool ModelSettingsPage::isSavingKey() const
{
    return m_apiKey->isSaving();
}

void ModelSettingsPage::saveKey()
{
    m_apiKey->save();
}

ChatEndpoint ModelSettingsPage::fieldsEndpoint() const
{
    ChatEndpoint endpoint;
    endpoint.baseUrl = m_baseUrl->text().trimmed();
    endpoint.model = m_model->model();
    endpoint.temperature = m_temperature->value();
    endpoint.maxTokens = m_maxTokens->value();
    endpoint.connectTimeout = std::chrono::milliseconds(m_settings.networkConnectTimeoutMs());
    endpoint.idleTimeout = std::chrono::seconds(m_idleTimeout->value());
    return ChatEndpoint::fromEnvironment(std::move(endpoint));
}

ChatEndpoint ModelSettingsPage::refreshEndpoint() const
{
    ChatEndpoint endpoint = fieldsEndpoint();
    // fromEnvironment() put OPENAI_API_KEY in; a typed or stored key wins over it.
    if (const QString key = m_apiKey->keyFor(endpoint.identity()); !key.isEmpty())
        endpoint.apiKey = key;
    endpoint.caFile = m_trust->caFile();
    endpoint.pinnedPublicKey = m_trust->pinnedPublicKey();
    return endpoint;
}

} // namespace digest::ui
