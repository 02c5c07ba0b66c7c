"""The product catalog, indexed once at start-up."""
from search import Index

PRODUCTS = {
    "p-100": "Red running shoes, breathable mesh",
    "p-101": "Blue rain jacket with hood",
    "p-102": "Wool hiking socks, pack of three",
    "p-103": "Red wool beanie",
}

INDEX = Index("products")
for _doc_id, _text in PRODUCTS.items():
    INDEX.add_document(_doc_id, _text)
