"""Button: a labelled widget that remembers whether it was clicked.

Button leaves options out; the base class stores the one default dict and
StateMixin.mark_clicked() adds a "clicked:<id>" key per button: one key kept per call.
"""
from m133_ui_base import Widget
from m133_ui_mixins import StateMixin


class Button(StateMixin, Widget):
    def __init__(self, wid, label, options={}):  # expect: HL101 confirmed
        super().__init__(wid, options)
        self.label = label
