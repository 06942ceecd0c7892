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

    // Gives every h2/h3 its anchor id, the same ids for the same headings each time: an id
    // depends on the headings before it, so all are named again, in order.
    function assignAnchors(headings) {
        const used = new Set();
        const counts = new Map();
        for (const heading of headings) {
            const id = anchor(heading.textContent, used, counts);
            if (heading.id !== id)
                heading.id = id;
        }
    }

    // Each top-level block as the application sent it, in order: its nodes, its h2/h3 (found
    // in the block's own fragment when it arrives, so a keystroke never searches the whole
    // content), and, once scroll sync asks for them, its source lines and marked elements.
    const blocks = [];

    function blockOf(html) {
        const template = document.createElement("template");
        template.innerHTML = html;
        return {
            nodes: Array.from(template.content.childNodes),
            headings: Array.from(template.content.querySelectorAll("h2, h3")),
            head: undefined,
            marked: null,
        };
    }

    // Applies {from, remove, blocks}: the blocks [from, from + remove) give way to the new ones.
    // Only those nodes change, so a keystroke in a long post re-lays out one paragraph. True
    // when a heading came or went: only then can an anchor or the contents change.
    function patchContent(patch) {
        const content = byId("content");
        const fresh = patch.blocks.map(blockOf);
        const gone = blocks.splice(patch.from, patch.remove, ...fresh);
        let headingsChanged = false;
        for (const block of gone) {
            headingsChanged = headingsChanged || block.headings.length > 0;
            for (const node of block.nodes)
                node.remove();
        }
        let before = null;
        for (let i = patch.from + fresh.length; i < blocks.length && !before; ++i)
            before = blocks[i].nodes[0] || null;
        const inserted = document.createDocumentFragment();
        for (const block of fresh) {
            headingsChanged = headingsChanged || block.headings.length > 0;
            for (const node of block.nodes)
                inserted.appendChild(node);
        }
        content.insertBefore(inserted, before);
        scrollIndex = null;
        return headingsChanged;
    }

    function allHeadings() {
        const headings = [];
        for (const block of blocks)
            for (const heading of block.headings)
                headings.push(heading);
        return headings;
    }

    // Writes only what differs: an unchanged write still costs the page a style pass.
    function setIfChanged(object, property, value) {
        if (object[property] !== value)
            object[property] = value;
    }

    let tocKey = null;
    let headingCount = 0;

    // `headings` is null when none came or went: the list stays as it is.
    function buildToc(page, headings) {
        const toc = byId("toc");
        if (headings)
            headingCount = headings.length;
        setIfChanged(toc, "hidden", !page.showToc || headingCount === 0);
        if (!toc.dataset.touched)
            setIfChanged(toc, "open", Boolean(page.tocOpen));
        setIfChanged(byId("toc-summary"), "textContent", page.labels.toc);
        if (!headings)
            return;
        // Rebuilt only when the list would read differently.
        const key = headings.map(function (h) {
            return h.tagName + h.id + "\t" + h.textContent;
        }).join("\n");
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

    // The source lines of a data-sourcepos value, as the application sent them (body lines).
    function spanOf(element) {
        const match = /^(\d+):\d+-(\d+):\d+$/.exec(element.getAttribute("data-sourcepos"));
        return match ? [Number(match[1]), Number(match[2])] : null;
    }

    function isElement(node) {
        return node.nodeType === Node.ELEMENT_NODE;
    }

    // The block's one element, with its source lines; null for a block that has no lines of
    // its own (the footnotes) or more than one element.
    function headOf(block) {
        if (block.head === undefined) {
            const elements = block.nodes.filter(isElement);
            const lines = elements.length === 1 ? spanOf(elements[0]) : null;
            block.head = lines ? { element: elements[0], start: lines[0] } : null;
        }
        return block.head;
    }

    // The block's elements with source lines, itself first, in document order.
    function markedOf(block) {
        if (!block.marked) {
            block.marked = [];
            for (const node of block.nodes) {
                if (!isElement(node))
                    continue;
                const elements = [node, ...node.querySelectorAll("[data-sourcepos]")];
                for (const element of elements) {
                    const lines = element.hasAttribute("data-sourcepos") ? spanOf(element) : null;
                    if (lines)
                        block.marked.push({ element: element, start: lines[0], end: lines[1] });
                }
            }
        }
        return block.marked;
    }

    // Scroll sync searches the blocks in order of their first line and of their place on the
    // page, both of which grow down the page: a binary search finds the one block that can hold
    // a line or the top of the view. The rest ("irregular": the footnotes, whose notes keep the
    // lines where they were written, or a block out of order) are few and are always looked at.
    let scrollIndex = null;

    function indexOfBlocks() {
        if (!scrollIndex) {
            const ordered = [];
            const irregular = [];
            blocks.forEach(function (block, position) {
                const head = headOf(block);
                const last = ordered[ordered.length - 1];
                if (head && (!last || last.head.start <= head.start))
                    ordered.push({ block: block, position: position, head: head });
                else if (block.nodes.some(isElement))
                    irregular.push({ block: block, position: position, head: head });
            });
            scrollIndex = { ordered: ordered, irregular: irregular };
        }
        return scrollIndex;
    }

    // The first of `entries` for which `isAfter` holds, all after it holding it too.
    function firstAfter(entries, isAfter) {
        let low = 0;
        let high = entries.length;
        while (low < high) {
            const middle = (low + high) >> 1;
            if (isAfter(entries[middle]))
                high = middle;
            else
                low = middle + 1;
        }
        return low;
    }

    // The ordered block found, then the irregular ones that `keep` accepts, in page order.
    function candidates(found, keep) {
        const { irregular } = indexOfBlocks();
        const chosen = irregular.filter(keep);
        if (found)
            chosen.push(found);
        chosen.sort(function (a, b) { return a.position - b.position; });
        return chosen;
    }

    // The innermost block whose lines contain `line` (a fraction of a line is within it: the
    // editor's top may be halfway down a long wrapped line), else the block starting nearest
    // before it (by its lines, not its place: the footnotes at the end of the page keep the
    // lines where they were written). Only blocks starting after `line` follow the one found,
    // and what a block holds lies within its lines, so no other ordered block can be the answer.
    function blockAtLine(line) {
        const { ordered } = indexOfBlocks();
        const index = firstAfter(ordered, function (entry) {
            return entry.head.start + lineOffset > line;
        });
        let best = null;
        let bestSpan = Infinity;
        let before = null;
        for (const entry of candidates(ordered[index - 1], function () { return true; })) {
            for (const marked of markedOf(entry.block)) {
                const lines = [marked.start + lineOffset, marked.end + lineOffset];
                if (lines[0] <= line && (!before || lines[0] >= before.lines[0]))
                    before = { element: marked.element, lines: lines };
                if (lines[0] <= line && line < lines[1] + 1 && lines[1] - lines[0] < bestSpan) {
                    best = { element: marked.element, lines: lines };
                    bestSpan = lines[1] - lines[0];
                }
            }
        }
        return best || before;
    }

    function coversTop(rect) {
        return rect.top <= 1 && rect.bottom > 1;
    }

    // The innermost block at the top of the viewport, as a fractional file line.
    function lineAtTop() {
        const { ordered } = indexOfBlocks();
        const index = firstAfter(ordered, function (entry) {
            return entry.head.element.getBoundingClientRect().top > 1;
        });
        const onTop = candidates(ordered[index - 1], function (entry) {
            return entry.block.nodes.some(function (node) {
                return isElement(node) && coversTop(node.getBoundingClientRect());
            });
        });
        let best = null;
        let bestHeight = Infinity;
        for (const entry of onTop) {
            for (const marked of markedOf(entry.block)) {
                const rect = marked.element.getBoundingClientRect();
                if (coversTop(rect) && rect.height < bestHeight) {
                    best = marked;
                    bestHeight = rect.height;
                }
            }
        }
        if (!best)
            return window.scrollY <= 0 ? 1 : null;
        const rect = best.element.getBoundingClientRect();
        const fraction = rect.height > 0 ? Math.min(1, -rect.top / rect.height) : 0;
        return best.start + lineOffset + fraction * (best.end - best.start + 1);
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

    // What the header was last written from, part by part, as JSON.
    const headerKeys = new Map();

    function changed(part, value) {
        const key = JSON.stringify(value === undefined ? null : value);
        if (headerKeys.get(part) === key)
            return false;
        headerKeys.set(part, key);
        return true;
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
            // The header is written only when what it shows changed: typing in the body
            // leaves its nodes alone.
            if (changed("problem", page.problem))
                setText("problem", page.problem);
            if (changed("title", page.title))
                setText("title", page.title);
            if (page.reloadImages) {
                byId("cover-image").removeAttribute("src");
                headerKeys.delete("cover");
            }
            if (changed("meta", [page.date, page.readingTime, page.wordCount, page.author,
                                 page.draft, page.labels.draft]))
                buildMeta(page);
            if (changed("cover", [page.coverImage, page.coverAlt, page.coverCaption]))
                buildCover(page);
            const headingsChanged = patchContent(page.patch);
            const headings = headingsChanged || tocKey === null ? allHeadings() : null;
            if (headings)
                assignAnchors(headings);
            buildToc(page, headings);
            if (changed("tags", page.tags))
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
