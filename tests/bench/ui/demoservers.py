#!/usr/bin/env python3
"""Loopback servers for demonstrations and screenshots: an OpenAI-compatible model that
streams its answers slowly, and two RSS feeds of made-up AI news (consequences, trending).

    python3 tests/bench/ui/demoservers.py --port 8765 --latency 0.5 --word-delay 0.15

Then point the editor at it (Settings, or the environment):
    OPENAI_BASE_URL=http://127.0.0.1:8765/v1 OPENAI_MODEL=demo-model
    DIGEST_TOPIC_SOURCES="http://127.0.0.1:8765/feed.xml trending=http://127.0.0.1:8765/trending.xml"

Not part of the test suite: the tests use the C++ servers in tests/support.
"""

import argparse
import json
import threading
import time
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

STORIES = [
    ("Open-weight model matches frontier scores on coding benchmarks",
     "A new open-weight release reports results close to closed models on code tasks."),
    ("Regulators publish draft rules for AI system audits",
     "The draft asks providers of large models to document training data and testing."),
    ("Chip maker announces inference accelerator for data centres",
     "The accelerator targets low-latency serving of large language models."),
    ("Study finds AI assistants change how students write essays",
     "Researchers compared essays written with and without an assistant over a term."),
    ("Hospital network pilots speech models for clinical notes",
     "Doctors review drafts generated from recorded consultations before filing."),
    ("Robotics lab shows household robot learning from video",
     "The robot learned to fold towels after watching a few demonstrations."),
    ("Cloud provider cuts prices for long-context requests",
     "Requests over a hundred thousand tokens become markedly cheaper."),
    ("Open dataset of licensed books released for model training",
     "The dataset lists the licence of every title it includes."),
]
TRENDING = [
    "Benchmark leaderboard adds energy use per answer",
    "Translation model covers two hundred languages",
    "Startup raises funds for on-device assistants",
    "Library releases faster tokenizer written in Rust",
]

ANSWER = ("This could shorten the time between a research result and a product people use, "
          "while smaller teams gain tools that used to need a large lab behind them. "
          "Costs fall for those who adopt early.")
RISKS = ("The same speed leaves less time to test what ships, and mistakes spread to many "
         "users at once before anyone has measured them. Oversight will lag behind.")
PREDICTION = ("Within a year most new releases will publish the same measurements, and buyers "
              "will compare them before choosing a model. (by June 2027)")


def rss(items, title):
    now = formatdate(usegmt=True)
    entries = "".join(
        f"<item><title>{t}</title><link>https://news.example.org/{i}</link>"
        f"<description>{d}</description><pubDate>{now}</pubDate></item>"
        for i, (t, d) in enumerate(items))
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>{title}</title>'
            f"<link>https://news.example.org/</link>{entries}</channel></rss>").encode()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    options = None

    def log_message(self, *args):
        pass

    def send_body(self, status, body, kind):
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        if self.path.startswith("/v1/models"):
            body = json.dumps({"object": "list", "data": [{"id": "demo-model", "object": "model"},
                                                          {"id": "demo-model-large",
                                                           "object": "model"}]}).encode()
            self.send_body(200, body, "application/json")
        elif self.path.startswith("/feed.xml"):
            self.send_body(200, rss(STORIES, "Demo AI news"), "application/rss+xml")
        elif self.path.startswith("/trending.xml"):
            self.send_body(200, rss([(t, t) for t in TRENDING], "Demo trending"),
                           "application/rss+xml")
        else:
            self.send_body(404, b"not found", "text/plain")

    def do_POST(self):
        length = int(self.headers.get("Content-Length", "0"))
        request = json.loads(self.rfile.read(length) or b"{}")
        if not self.path.startswith("/v1/chat/completions"):
            self.send_body(404, b"not found", "text/plain")
            return
        last = json.dumps(request.get("messages", [])[-1:]).lower()
        text = (PREDICTION if "predict" in last else RISKS if "ramification" in last
                else ANSWER)
        time.sleep(self.options.latency)
        if not request.get("stream"):
            body = json.dumps({"object": "chat.completion", "choices": [{
                "index": 0, "message": {"role": "assistant", "content": text},
                "finish_reason": "stop"}]}).encode()
            self.send_body(200, body, "application/json")
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()

        def send(data):
            event = f"data: {data}\n\n".encode()
            self.wfile.write(f"{len(event):x}\r\n".encode() + event + b"\r\n")
            self.wfile.flush()

        words = text.split(" ")
        for i, word in enumerate(words):
            piece = word if i == 0 else " " + word
            send(json.dumps({"object": "chat.completion.chunk", "choices": [
                {"index": 0, "delta": {"content": piece}, "finish_reason": None}]}))
            time.sleep(self.options.word_delay)
        send(json.dumps({"object": "chat.completion.chunk", "choices": [
            {"index": 0, "delta": {}, "finish_reason": "stop"}]}))
        send("[DONE]")
        self.wfile.write(b"0\r\n\r\n")
        self.wfile.flush()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--latency", type=float, default=0.5,
                        help="seconds before the first byte of each answer")
    parser.add_argument("--word-delay", type=float, default=0.0,
                        help="seconds between streamed words")
    Handler.options = parser.parse_args()
    server = ThreadingHTTPServer(("127.0.0.1", Handler.options.port), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print(f"listening on http://127.0.0.1:{Handler.options.port}", flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        server.shutdown()


if __name__ == "__main__":
    main()
