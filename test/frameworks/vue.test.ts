// The Vue demo app (demo/frameworks/vue/OrderHelp.vue), compiled by test/frameworks/sfc-plugin.mjs, mounted with
// createApp against the emulator.
import { createApp } from 'vue';
import OrderHelp from '../../demo/frameworks/vue/OrderHelp.vue';
import { newUser } from '../helpers/emulator.js';
import { orderHelpScenario } from './order-help-scenario.js';

describe('Vue 3 app around <kesk-chat>', () => {
  it('binds attributes and properties, hears kesk-* events, calls open(), and stops when unmounted', async () => {
    await orderHelpScenario(async (host, props) => {
      const app = createApp(OrderHelp, props);
      app.mount(host);
      return { host, unmount: () => app.unmount() };
    }, newUser());
  });
});
