"""Built-in help articles, indexed once when the service starts."""
from search import add_document

ARTICLES = {
    "help-001": "How to reset the password of your account",
    "help-002": "Uploading an invoice with its receipt",
    "help-003": "Exporting reports to a spreadsheet",
}

for _doc_id, _text in ARTICLES.items():
    POSTINGS = add_document(_doc_id, _text)
