"use strict";

// The preview's only script. The application calls digestPreview.setPage() with the page as
// JSON; the body is HTML that the renderer already stripped of raw HTML and unsafe links, and
// everything from the front matter is inserted as text, never as markup. The page's
// Content-Security-Policy keeps any inline script or handler from running.
(function () {
    function byId(id) {
        return document.getElementById(id);
    }

    function setText(id, text) {
        const element = byId(id);
        element.textContent = text || "";
        element.hidden = !text;
    }

    // Heading ids like Hugo's: lower case, spaces to "-", other punctuation dropped. Slugs are
    // remembered: a long post has hundreds of headings and most stay the same while typing.
    const slugs = new Map();

    function slug(text) {
        let id = slugs.get(text);
        if (id === undefined) {
            id = text.toLowerCase().trim()
                .replace(/[^\p{L}\p{N}\s_-]/gu, "")
                .replace(/\s+/g, "-") || "section";
            if (slugs.size > 10000)
                slugs.clear();
            slugs.set(text, id);
        }
        return id;
    }

    // A unique id for the heading: the slug, then slug-1, slug-2... for repeated headings.
    function anchor(text, used, counts) {
        const base = slug(text);
        let n = counts.get(base) || 0;
        let id = n === 0 ? base : base + "-" + n;
        while (used.has(id))
            id = base + "-" + ++n;
        counts.set(base, n + 1);
        used.add(id);
        return id;
    }

    // Gives every h2/h3 of `root` its anchor id, the same ids for the same headings each time.
    function assignAnchors(root) {
        const used = new Set();
        const counts = new Map();
        for (const heading of root.querySelectorAll("h2, h3"))
            heading.id = anchor(heading.textContent, used, counts);
    }

    // The nodes of each top-level block, in order, as the application sent them.
    const blockNodes = [];

    // Applies {from, remove, blocks}: the blocks [from, from + remove) give way to the new ones.
    // Only those nodes change, so a keystroke in a long post re-lays out one paragraph.
    function patchContent(patch) {
        const content = byId("content");
        const fresh = patch.blocks.map(function (html) {
            const template = document.createElement("template");
            template.innerHTML = html;
            return Array.from(template.content.childNodes);
        });
        const gone = blockNodes.splice(patch.from, patch.remove, ...fresh);
        for (const nodes of gone)
            for (const node of nodes)
                node.remove();
        const next = blockNodes.slice(patch.from + fresh.length).find(function (nodes) {
            return nodes.length > 0;
        });
        const before = next ? next[0] : null;
        const inserted = document.createDocumentFragment();
        for (const nodes of fresh)
            for (const node of nodes)
                inserted.appendChild(node);
        content.insertBefore(inserted, before);
        assignAnchors(content);
    }

    let tocKey = null;

    function buildToc(page) {
        const toc = byId("toc");
        const headings = byId("content").querySelectorAll("h2, h3");
        // Rebuilt only when the headings change, not on every keystroke in a paragraph.
        const key = Array.from(headings, function (h) { return h.tagName + h.id; }).join("\n");
        toc.hidden = !page.showToc || headings.length === 0;
        if (!toc.dataset.touched)
            toc.open = page.tocOpen;
        byId("toc-summary").textContent = page.labels.toc;
        if (key === tocKey)
            return;
        tocKey = key;
        const root = document.createElement("ul");
        for (const heading of headings) {
            const item = document.createElement("li");
            const link = document.createElement("a");
            link.href = "#" + heading.id;
            link.textContent = heading.textContent;
            const id = heading.id;
            link.addEventListener("click", function (event) {
                event.preventDefault();
                // By id: the heading's node may have been replaced since the list was built.
                const target = document.getElementById(id);
                if (target)
                    target.scrollIntoView({ block: "start" });
            });
            item.appendChild(link);
            if (heading.tagName === "H3" && root.lastElementChild) {
                let nested = root.lastElementChild.querySelector("ul");
                if (!nested) {
                    nested = document.createElement("ul");
                    root.lastElementChild.appendChild(nested);
                }
                nested.appendChild(item);
            } else {
                root.appendChild(item);
            }
        }
        byId("toc-list").replaceChildren(root);
    }

    function buildMeta(page) {
        const parts = [page.date, page.readingTime, page.wordCount, page.author]
            .filter(function (part) { return part; });
        const meta = byId("meta");
        meta.textContent = parts.join(" · ");
        if (page.draft) {
            const badge = document.createElement("span");
            badge.className = "draft";
            badge.textContent = page.labels.draft;
            meta.prepend(badge);
        }
    }

    function buildCover(page) {
        const cover = byId("cover");
        const image = byId("cover-image");
        const url = /^https?:\/\//i.test(page.coverImage) ? page.coverImage : "";
        cover.hidden = !url;
        if (image.getAttribute("src") !== url)
            image.setAttribute("src", url);
        image.alt = page.coverAlt || "";
        setText("cover-caption", page.coverCaption);
    }

    function buildTags(page) {
        const tags = byId("tags");
        tags.replaceChildren();
        for (const tag of page.tags) {
            const item = document.createElement("li");
            item.textContent = tag;
            tags.appendChild(item);
        }
    }

    // --- Scroll sync: blocks carry data-sourcepos="startLine:col-endLine:col" (body lines). ---
    let lineOffset = 0;
    let bridge = null;
    // Where our own last scrollToLine() put the page: a scroll event there is ours, not the
    // reader's, and is not reported back (that would make editor and preview chase each other).
    let programmaticY = null;

    function blocks() {
        return byId("content").querySelectorAll("[data-sourcepos]");
    }

    function linesOf(element) {
        const match = /^(\d+):\d+-(\d+):\d+$/.exec(element.dataset.sourcepos);
        return match ? [Number(match[1]) + lineOffset, Number(match[2]) + lineOffset] : null;
    }

    // The innermost block whose lines contain `line`, else the last block that starts before it.
    function blockAtLine(line) {
        let best = null;
        let bestSpan = Infinity;
        let before = null;
        for (const element of blocks()) {
            const lines = linesOf(element);
            if (!lines)
                continue;
            if (lines[0] <= line)
                before = { element: element, lines: lines };
            if (lines[0] <= line && line <= lines[1] && lines[1] - lines[0] < bestSpan) {
                best = { element: element, lines: lines };
                bestSpan = lines[1] - lines[0];
            }
        }
        return best || before;
    }

    // The innermost block at the top of the viewport, as a fractional file line.
    function lineAtTop() {
        let best = null;
        let bestHeight = Infinity;
        for (const element of blocks()) {
            const rect = element.getBoundingClientRect();
            if (rect.top <= 1 && rect.bottom > 1 && rect.height < bestHeight) {
                best = element;
                bestHeight = rect.height;
            }
        }
        if (!best)
            return window.scrollY <= 0 ? 1 : null;
        const lines = linesOf(best);
        const rect = best.getBoundingClientRect();
        const fraction = rect.height > 0 ? Math.min(1, -rect.top / rect.height) : 0;
        return lines[0] + fraction * (lines[1] - lines[0] + 1);
    }

    function onScroll() {
        if (!bridge)
            return;
        if (programmaticY !== null && Math.abs(window.scrollY - programmaticY) < 1)
            return;
        programmaticY = null;
        const line = lineAtTop();
        if (line !== null)
            bridge.previewScrolled(line);
    }

    window.digestPreview = {
        // The file line at the top of the page, as the editor counts lines (for scroll sync
        // and its tests).
        topLine() {
            return lineAtTop();
        },
        scrollToLine(line) {
            const found = blockAtLine(line);
            let y = 0;
            if (found) {
                const rect = found.element.getBoundingClientRect();
                const span = found.lines[1] - found.lines[0] + 1;
                const fraction = Math.max(0, Math.min(1, (line - found.lines[0]) / span));
                y = window.scrollY + rect.top + fraction * rect.height;
            }
            window.scrollTo(0, Math.max(0, y - 8));
            programmaticY = window.scrollY;
            return window.scrollY;
        },
        setPage(page) {
            lineOffset = page.lineOffset || 0;
            setText("problem", page.problem);
            setText("title", page.title);
            if (page.reloadImages)
                byId("cover-image").removeAttribute("src");
            buildMeta(page);
            buildCover(page);
            patchContent(page.patch);
            buildToc(page);
            buildTags(page);
            return byId("content").childElementCount;
        },
        setTheme(name) {
            document.documentElement.dataset.theme = name === "dark" ? "dark" : "light";
        },
    };

    document.addEventListener("DOMContentLoaded", function () {
        if (window.qt && window.QWebChannel) {
            new QWebChannel(qt.webChannelTransport, function (channel) {
                bridge = channel.objects.bridge;
            });
        }
        let pending = false;
        window.addEventListener("scroll", function () {
            if (pending)
                return;
            pending = true;
            requestAnimationFrame(function () {
                pending = false;
                onScroll();
            });
        }, { passive: true });
        // Once the editor opens or closes the contents by hand, their state is theirs.
        byId("toc").addEventListener("toggle", function () {
            byId("toc").dataset.touched = "1";
        });
        // A footnote and its way back are places on this page, not links to leave it by.
        byId("content").addEventListener("click", function (event) {
            const link = event.target.closest("a.footnote-ref, a.footnote-backref");
            if (!link)
                return;
            event.preventDefault();
            const target = document.getElementById(link.getAttribute("href").slice(1));
            if (target)
                target.scrollIntoView({ block: "center" });
        });
    });
})();
