import ast
import inspect
import unittest

import prices


class BehaviourTest(unittest.TestCase):
    def test_prices(self):
        self.assertEqual(prices.price_with_tax(100, "DE"), 119.0)
        self.assertEqual(prices.price_with_tax(10, "NL"), 12.1)
        self.assertEqual(prices.price_with_tax(9.99, "FR"), 11.99)
        self.assertEqual(prices.price_with_tax(1, "LU"), 1.17)

    def test_unknown_country(self):
        with self.assertRaises(ValueError):
            prices.price_with_tax(1, "XX")


class StructureTest(unittest.TestCase):
    def setUp(self):
        self.source = inspect.getsource(prices.price_with_tax)
        self.tree = ast.parse(self.source)

    def test_short(self):
        self.assertLessEqual(len(self.source.strip().splitlines()), 8)

    def test_no_long_elif_chain(self):
        for node in ast.walk(self.tree):
            if isinstance(node, ast.If):
                depth, branch = 0, node
                while branch.orelse and len(branch.orelse) == 1 and isinstance(branch.orelse[0], ast.If):
                    depth += 1
                    branch = branch.orelse[0]
                self.assertLessEqual(depth, 1, "an if/elif chain with more than one elif")

    def test_rates_table(self):
        self.assertEqual(prices.RATES, {"DE": 0.19, "FR": 0.20, "NL": 0.21, "LU": 0.17})


if __name__ == "__main__":
    unittest.main()
