// The Svelte demo app (demo/frameworks/svelte/OrderHelp.svelte), compiled by test/frameworks/sfc-plugin.mjs,
// mounted with Svelte 5's mount() against the emulator.
import { mount, unmount } from 'svelte';
import OrderHelp from '../../demo/frameworks/svelte/OrderHelp.svelte';
import { newUser } from '../helpers/emulator.js';
import { orderHelpScenario } from './order-help-scenario.js';

describe('Svelte 5 app around <kesk-chat>', () => {
  it('binds attributes and properties, hears kesk-* events, calls open(), and stops when unmounted', async () => {
    await orderHelpScenario(async (host, props) => {
      const app = mount(OrderHelp, { target: host, props });
      return { host, unmount: () => unmount(app) };
    }, newUser());
  });
});
