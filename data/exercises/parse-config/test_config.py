import unittest

import config


class ConfigTest(unittest.TestCase):
    def test_values(self):
        text = "# a comment\nport = 8080\n\nworkers=4\n"
        self.assertEqual(config.parse_config(text), {"port": 8080, "workers": 4})

    def test_own_exception(self):
        self.assertTrue(issubclass(config.ConfigError, Exception))
        self.assertIsNot(config.ConfigError, Exception)

    def test_line_without_equals(self):
        with self.assertRaises(config.ConfigError) as caught:
            config.parse_config("port = 1\nworkers = 2\nverbose\n")
        self.assertIn("line 3", str(caught.exception))

    def test_cause_is_kept(self):
        with self.assertRaises(config.ConfigError) as caught:
            config.parse_config("port = eighty")
        self.assertIn("line 1", str(caught.exception))
        self.assertIsInstance(caught.exception.__cause__, ValueError)


if __name__ == "__main__":
    unittest.main()
