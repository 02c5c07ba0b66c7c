class ReceiptMailer:
    def __init__(self, shop_name):
        self.shop_name = shop_name
        self.receipt = None

    def on_placed(self, sender, signal, order=None, **payload):
        self.receipt = f"{self.shop_name}: receipt for order {order['id']} ({order['total']:.2f})"
