def money(cents, currency):
    return f"{cents // 100}.{cents % 100:02d} {currency}"
