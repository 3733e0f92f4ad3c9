"""The HTML tests' view of a page: elements with their ancestors and the text under
them, collected with Python's html.parser (shared by test_html.py and
test_html_browser.py)."""
import html.parser


class Page(html.parser.HTMLParser):
    """Collects elements (tag, attrs, parent chain) and the text under each element."""

    def __init__(self, text):
        super().__init__(convert_charrefs=True)
        self.elements = []   # (tag, attrs dict, ancestors list of (tag, attrs))
        self.stack = []
        self.ids = []
        self.hrefs = []
        self.texts = []      # (text, ancestors)
        self.starttags = []
        self.feed(text)
        self.close()

    VOID = {"meta", "br", "link", "img", "input", "hr", "wbr", "col", "source"}

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.starttags.append(tag)
        self.elements.append((tag, a, list(self.stack)))
        if "id" in a:
            self.ids.append(a["id"])
        if tag == "a" and "href" in a:
            self.hrefs.append(a["href"])
        if tag not in self.VOID:
            self.stack.append((tag, a))

    def handle_endtag(self, tag):
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                return

    def handle_data(self, data):
        self.texts.append((data, list(self.stack)))

    def find(self, tag, cls=None):
        return [(t, a, anc) for t, a, anc in self.elements
                if t == tag and (cls is None or cls in a.get("class", "").split())]

    def text_under(self, pred):
        return "".join(d for d, anc in self.texts if any(pred(t, a) for t, a in anc))
