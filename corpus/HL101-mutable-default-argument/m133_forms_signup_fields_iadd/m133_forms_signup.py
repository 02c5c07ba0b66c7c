"""SignupForm: email and password, plus the hidden fields of every form.

SignupForm leaves fields out, so every form hands the one default list to the
base class, which extends it in place: four field ids kept per form.
"""
from m133_forms_base import Form
from m133_forms_mixins import RenderMixin


class SignupForm(RenderMixin, Form):
    FIELDS = ("email", "password")

    def __init__(self, form_id, fields=[]):  # expect: HL101 confirmed
        super().__init__(form_id, fields)
