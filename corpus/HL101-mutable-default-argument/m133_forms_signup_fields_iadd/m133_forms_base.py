"""Form: base of every form; field ids are prefixed with the form id.

__init__ keeps the list it is given and extends it in place with `+=`, so a
caller's list (or a subclass default) gets this form's field ids appended.
"""


class Form:
    FIELDS = ()
    HIDDEN = ("csrf", "website")

    def __init__(self, form_id, fields):
        self.form_id = form_id
        self.fields = fields
        self.fields += [f"{form_id}-{f}" for f in self.FIELDS + self.HIDDEN]
