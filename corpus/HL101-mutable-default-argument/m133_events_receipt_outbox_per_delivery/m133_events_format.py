"""Receipt text; the symbol table default is only read."""


def receipt_line(event, symbols={"EUR": "EUR ", "USD": "$"}):  # expect: HL101 refuted
    symbol = symbols.get(event["currency"], event["currency"] + " ")
    return f"receipt #{event['id']} {symbol}{event['total'] / 100:.2f}"
