"""Surveys: a survey's questions become a form class when an answer comes in."""
import forms as f

_KINDS = {"text": f.Field, "number": f.IntField}


def survey_form(questions):
    fields = {q["key"]: _KINDS[q["kind"]](required=q.get("required", False)) for q in questions}
    return f.FormMeta("SurveyForm", (f.Form,), fields)


def answer(questions, data):
    form = survey_form(questions)(data)
    return form.cleaned if form.is_valid() else form.errors
