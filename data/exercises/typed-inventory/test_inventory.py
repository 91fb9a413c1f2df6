import dataclasses
import typing
import unittest

import inventory
from inventory import Item


class InventoryTest(unittest.TestCase):
    def test_item_is_a_typed_dataclass(self):
        self.assertTrue(dataclasses.is_dataclass(Item))
        self.assertEqual(typing.get_type_hints(Item), {"name": str, "quantity": int, "price": float})

    def test_function_hints(self):
        self.assertEqual(typing.get_type_hints(inventory.total_value), {"items": list[Item], "return": float})
        self.assertEqual(typing.get_type_hints(inventory.by_name), {"items": list[Item], "return": dict[str, Item]})
        hints = typing.get_type_hints(inventory.find)
        self.assertEqual(hints["name"], str)
        self.assertEqual(set(typing.get_args(hints["default"])), {Item, type(None)})
        self.assertEqual(set(typing.get_args(hints["return"])), {Item, type(None)})

    def test_still_works(self):
        items = [Item("pen", 3, 1.5), Item("ink", 1, 4.0)]
        self.assertEqual(inventory.total_value(items), 8.5)
        self.assertIsNone(inventory.find(items, "cap"))


if __name__ == "__main__":
    unittest.main()
