"""Button: a labelled widget that remembers whether it was clicked.

Button leaves options out; the base class stores the one default dict, but
StateMixin.mark_clicked() only overwrites the fixed "clicked" key: the dict stays at
two keys (theme, clicked) however many buttons are built.
"""
from m133_ui_base import Widget
from m133_ui_mixins import StateMixin


class Button(StateMixin, Widget):
    def __init__(self, wid, label, options={}):  # expect: HL101 refuted
        super().__init__(wid, options)
        self.label = label
