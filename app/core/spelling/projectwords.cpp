// The words of AI news that a general dictionary does not know, written for this project: the
// field's vocabulary, the names of models, companies, tools and people that the site's posts
// use (the second half from the words the published posts had flagged most, typos left out).
// Listed as they are spelt; a lower-case word is also right with a capital at a sentence's
// start.
#include "core/spelling/spellchecker.h"

#include <QRegularExpression>

namespace digest {
namespace {

// Separated by white space; one raw string, so that the formatter leaves the lines as they are.
constexpr char16_t kProjectWords[] = uR"(
AI AGI ASI LLM LLMs VLM VLMs SLM SLMs GPU GPUs TPU TPUs NPU NPUs API APIs SDK SDKs RLHF RLAIF
DPO PPO GRPO LoRA QLoRA MoE RAG NLP CNN CNNs RNN RNNs GAN GANs VAE VAEs ViT ViTs arXiv
benchmark benchmarks benchmarking tokenizer tokenizers tokenization tokenize tokenized
detokenize multimodal multimodality open-source open-weight open-weights fine-tune fine-tuned
fine-tuning finetune finetuned finetuning pretrain pretrained pretraining post-training retrain
retrained retraining dataset datasets hyperparameter hyperparameters inference embeddings
embedding transformer transformers backprop backpropagation overfitting overfit underfitting
regularization quantization quantized quantize distillation neuromorphic agentic chatbot
chatbots copilot copilots deepfake deepfakes jailbreak jailbreaks jailbreaking hallucinate
hallucinated hallucinating interpretability explainability generalizability scalability
reproducibility composability alignment misalignment superintelligence superintelligent
upscaling upsampling downsampling autoregressive diffusion latents logits softmax multilingual
multiagent multi-agent zero-shot few-shot on-device workflow workflows toolchain toolchains
runtime runtimes codebase codebases dataflow pipelining sharding checkpointing misinformation
disinformation cybersecurity geospatial biomedical genomics proteomics neuroscience roadmap
startups startup opt-in opt-out uptake upskilling reskilling hyperscaler hyperscalers
datacenter datacenters onboarding preprint preprints subreddit subreddits blockchain metaverse
smartphone smartphones wearable wearables livestream exoskeleton exoskeletons humanoid humanoids
drone drones

transformative timeframe timeframes impactful inclusivity overreliance recommender
recommenders preprocessing postprocessing gameplay leaderboard leaderboards autoencoder
autoencoders autoencoding convolutional customizable bioinformatics benefitting cyber
cyberattack cyberattacks oversaturation oversaturated reputational anonymization anonymized
backend backends frontend denoising denoise encodings repo repos serverless autograd docstring
docstrings rollout rollouts audiobook audiobooks automata extremal microservice microservices
takedown takedowns diarization eval evals params performant realtime superalignment codebook
discretization inferencing inpainting multihead profiler reranking reranker timeseries
underperform underperforming underperformance natively subword subwords async
misclassification strategize tokenizing underserved walkthrough interdependencies mentees
codec codecs autoregression covariate covariates dataclass dataclasses dataframe dataframes
deduplication downsample upsample equivariance equivariant hackathon hackathons humanlike
metaheuristic microcontroller microcontrollers neurotechnology omics ontologies overhyped
steganography teleoperation toolkits toolset tradeoff tradeoffs underexplored backtranslation
biomolecular ecommerce feedforward logit multiscale metacognitive reparameterization
overparameterization lifecycle lakehouse virtualized configs reusability biocompatibility vocoder
vocoders undersampling oversampling telepresence amongst

OpenAI DeepMind DeepSeek Anthropic Claude Gemini Gemma Llama LLaMA Mistral Mixtral Qwen Phi
Grok xAI Perplexity HuggingFace Hugging Nvidia NVIDIA CUDA ROCm PyTorch TensorFlow JAX Keras
ONNX vLLM llama.cpp Ollama LangChain LlamaIndex GitHub ChatGPT GPT Sora Midjourney DALL-E
Copilot Kaggle Colab Jupyter NumPy SciPy scikit-learn Pandas Reddit YouTube LinkedIn TikTok
Waymo Tesla Neuralink Cerebras Groq Baidu Alibaba Tencent Huawei Samsung Qualcomm Intel AMD
TSMC Microsoft Google Meta Apple Amazon AWS Azure Databricks Snowflake Cohere Stability Runway
Kling Veo Imagen AlphaFold AlphaGo AlphaZero AlphaEvolve MuZero BERT RoBERTa Whisper
NeurIPS ICML ICLR CVPR ACL EMNLP AAAI MMLU GSM8K HumanEval SWE-bench ARC-AGI ImageNet COCO
LMArena Kubernetes Arcee Nemotron Minitron Tsinghua Fudan Caltech Sakana Dolma Jina Nomic
Jamba Kimi Pokémon Minecraft Tulu Tülu Optuna Aya Kyutai Moshi Matryoshka Patronus Plotly
Tesseract Zhipu micrograd tinygrad XGBoost Hunyuan Photoshop Pinecone Streamlit Gradio Tongyi
Zyphra DeepSpeed Coqui Magika Tavily Ministral Pixtral Devstral OLMo Olmo Predibase Dask Bing
Gmail Spotify Vulkan Yandex ByteDance Baichuan Codeforces Airbnb Kosmos Elo LayerNorm LeetCode
Nano einops OpenReview

Kurzweil Karpathy Andrej Schmidhuber Sutskever Ilya Yann LeCun Bengio Hinton Hassabis Demis
Kolmogorov Hopfield Hebbian Hochreiter Mikolov Kilcher Hutter Carmack Mostaque Emad Kaiming
Shapley Jaccard Hadamard Tsetlin
)";

} // namespace

QStringList SpellChecker::projectWords()
{
    return QString::fromUtf16(kProjectWords)
        .split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
}

} // namespace digest
