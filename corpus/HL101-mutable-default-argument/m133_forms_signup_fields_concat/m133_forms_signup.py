"""SignupForm: email and password, plus the hidden fields of every form.

SignupForm leaves fields out and the base class concatenates the default
with the field ids into a new list, so the default list stays empty.
"""
from m133_forms_base import Form
from m133_forms_mixins import RenderMixin


class SignupForm(RenderMixin, Form):
    FIELDS = ("email", "password")

    def __init__(self, form_id, fields=[]):  # expect: HL101 refuted
        super().__init__(form_id, fields)
