GERMAN = {
    "Welcome back, %s": "Willkommen zurück, %s",
    "Your cart": "Ihr Warenkorb",
    "%d items": "%d Artikel",
    "Checkout": "Zur Kasse",
}
