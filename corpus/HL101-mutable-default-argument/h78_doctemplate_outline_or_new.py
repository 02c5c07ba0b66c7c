"""Document builder: headings met while laying out the story become outline (bookmark) entries."""
import itertools


class Heading:
    def __init__(self, text, level=0):
        self.text = text
        self.level = level


class DocTemplate:
    flowables_per_page = 3

    def __init__(self, title, outline=[]):  # expect: HL101 refuted
        self.title = title
        self.outline = outline or []
        self.page = 1

    def after_flowable(self, flowable):
        if isinstance(flowable, Heading):
            self.outline.append((flowable.level, flowable.text, self.page))

    def build(self, story):
        for index, flowable in enumerate(story, 1):
            self.after_flowable(flowable)
            if index % self.flowables_per_page == 0:
                self.page += 1
        return [f"{'  ' * level}{text} .... {page}" for level, text, page in self.outline]


_reports = itertools.count()


def scenario():
    n = next(_reports)
    doc = DocTemplate(f"Annual report {n}")
    story = [Heading(f"Summary {n}"), "intro", "chart", Heading(f"Regions {n}", 1), "table"]
    return doc.build(story)
