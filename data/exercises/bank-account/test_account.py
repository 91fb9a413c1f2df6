import unittest

from account import Account


class AccountTest(unittest.TestCase):
    def test_deposit_and_withdraw(self):
        a = Account("Ada", 10)
        a.deposit(5)
        a.withdraw(3)
        self.assertEqual(a.balance, 12)

    def test_refused_amounts_change_nothing(self):
        a = Account("Ada", 10)
        for bad in (0, -1):
            with self.assertRaises(ValueError):
                a.deposit(bad)
        with self.assertRaises(ValueError):
            a.withdraw(11)
        self.assertEqual(a.balance, 10)

    def test_balance_is_read_only(self):
        with self.assertRaises(AttributeError):
            Account("Ada").balance = 5

    def test_repr(self):
        self.assertEqual(repr(Account("Ada", 10)), "Account('Ada', balance=10)")


if __name__ == "__main__":
    unittest.main()
