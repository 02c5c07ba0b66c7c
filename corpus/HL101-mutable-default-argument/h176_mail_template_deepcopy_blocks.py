"""Mail merge: a base `Template` holds a list of content blocks; per
recipient, the mailer takes a `copy.deepcopy` of the base template and
adds a personal greeting block. The deep copy gets its own `blocks` list,
so the greeting goes into that copy and the default list the base was
built with is never changed."""
import copy
import itertools

_recipients = itertools.count()


class Template:
    def __init__(self, subject, blocks=[]):  # expect: HL101 refuted
        self.subject = subject
        self.blocks = blocks

    def add_block(self, text):
        self.blocks.append(text)

    def render(self):
        return self.subject + "\n\n" + self.blocks[-1]


def personalise(base, name):
    mail = copy.deepcopy(base)
    mail.add_block("Hello %s, your invoice is attached." % name)
    return mail.render()


def scenario():
    n = next(_recipients)
    base = Template("Invoice #%d" % n)
    return len(personalise(base, "customer-%d" % n))
