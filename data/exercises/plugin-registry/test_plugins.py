import unittest

from plugins import Plugin, PluginMeta


class PluginsTest(unittest.TestCase):
    def setUp(self):
        PluginMeta.registry.clear()

    def test_registered_when_defined(self):
        class Csv(Plugin):
            name = "csv"

        self.assertIs(PluginMeta.registry.get("csv"), Csv)

    def test_base_and_nameless_are_not(self):
        class Helper(Plugin):
            pass

        self.assertEqual(PluginMeta.registry, {})
        self.assertIsInstance(Plugin, PluginMeta)

    def test_duplicate_names(self):
        class A(Plugin):
            name = "same"

        with self.assertRaises(TypeError):
            class B(Plugin):
                name = "same"


if __name__ == "__main__":
    unittest.main()
