"""Blog admin views."""
from forms import formset_factory


class ArticleForm:
    def __init__(self, data):
        self.data = data

    def is_valid(self):
        return bool(self.data.get("title"))


def bulk_edit(request):
    ArticleFormSet = formset_factory(ArticleForm, extra=request["extra"])
    formset = ArticleFormSet(request["rows"])
    return formset.is_valid(), len(formset.forms)
