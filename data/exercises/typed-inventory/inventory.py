class Item:
    def __init__(self, name, quantity, price):
        self.name = name
        self.quantity = quantity
        self.price = price


def total_value(items):
    return float(sum(i.quantity * i.price for i in items))


def by_name(items):
    return {i.name: i for i in items}


def find(items, name, default=None):
    return by_name(items).get(name, default)
