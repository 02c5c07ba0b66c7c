"""Edit form controls: the save button carries the form's id as a class."""
from uikit import Button


def save_button(form_id):
    button = Button("Save")
    button.classes += [f"form-{form_id}", "primary"]
    return button
