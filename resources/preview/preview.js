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

    // Heading ids like Hugo's: lower case, spaces to "-", other punctuation dropped.
    function anchor(text, used) {
        let id = text.toLowerCase().trim()
            .replace(/[^\p{L}\p{N}\s_-]/gu, "")
            .replace(/\s+/g, "-") || "section";
        const base = id;
        for (let n = 1; used.has(id); ++n)
            id = base + "-" + n;
        used.add(id);
        return id;
    }

    function buildToc(page) {
        const toc = byId("toc");
        const list = byId("toc-list");
        const headings = byId("content").querySelectorAll("h2, h3");
        const used = new Set();
        const root = document.createElement("ul");
        let current = root;
        for (const heading of headings) {
            heading.id = anchor(heading.textContent, used);
            const item = document.createElement("li");
            const link = document.createElement("a");
            link.href = "#" + heading.id;
            link.textContent = heading.textContent;
            link.addEventListener("click", function (event) {
                event.preventDefault();
                heading.scrollIntoView({ block: "start" });
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
        list.replaceChildren(root);
        byId("toc-summary").textContent = page.labels.toc;
        toc.hidden = !page.showToc || headings.length === 0;
        if (!toc.dataset.touched)
            toc.open = page.tocOpen;
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

    window.digestPreview = {
        setPage(page) {
            setText("problem", page.problem);
            setText("title", page.title);
            buildMeta(page);
            buildCover(page);
            byId("content").innerHTML = page.bodyHtml;
            buildToc(page);
            buildTags(page);
            return byId("content").childElementCount;
        },
        setTheme(name) {
            document.documentElement.dataset.theme = name === "dark" ? "dark" : "light";
        },
    };

    document.addEventListener("DOMContentLoaded", function () {
        // Once the editor opens or closes the contents by hand, their state is theirs.
        byId("toc").addEventListener("toggle", function () {
            byId("toc").dataset.touched = "1";
        });
    });
})();
