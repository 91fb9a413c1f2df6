from dataclasses import dataclass


@dataclass
class Item:
    name: str
    quantity: int
    price: float


def total_value(items: list[Item]) -> float:
    return float(sum(i.quantity * i.price for i in items))


def by_name(items: list[Item]) -> dict[str, Item]:
    return {i.name: i for i in items}


def find(items: list[Item], name: str, default: Item | None = None) -> Item | None:
    return by_name(items).get(name, default)
