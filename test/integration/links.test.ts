// In a trusted folder (the development run): writes and the scan never go through a symbolic link.
import { linkTests } from './links';

suite('symbolic links in a trusted folder', linkTests);
