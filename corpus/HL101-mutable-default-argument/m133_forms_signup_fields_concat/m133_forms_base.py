"""Form: base of every form; field ids are prefixed with the form id.

__init__ builds a new list with `+` (the given list plus this form's field
ids), so the list it is given is never changed.
"""


class Form:
    FIELDS = ()
    HIDDEN = ("csrf", "website")

    def __init__(self, form_id, fields):
        self.form_id = form_id
        self.fields = fields + [f"{form_id}-{f}" for f in self.FIELDS + self.HIDDEN]
