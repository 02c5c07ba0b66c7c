RATES = {"DE": 0.093, "FR": 0.069, "NL": 0.0}


def pension_line(lines, country):
    gross = sum(line["amount"] for line in lines)
    return {"code": "PENSION", "amount": -round(gross * RATES.get(country, 0), 2)}
