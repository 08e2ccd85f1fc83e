// The Angular demo app (demo/frameworks/angular/order-help.component.ts): a zoneless application, its template
// compiled in the browser (JIT, as on the demo page), the component created on a host element against the emulator.
import '@angular/compiler';
import { createComponent, provideZonelessChangeDetection } from '@angular/core';
import { createApplication } from '@angular/platform-browser';
import { OrderHelpComponent } from '../../demo/frameworks/angular/order-help.component.js';
import { newUser } from '../helpers/emulator.js';
import { orderHelpScenario } from './order-help-scenario.js';

describe('Angular app around <kesk-chat>', () => {
  it('binds attributes and properties, hears kesk-* events, calls open(), and stops when unmounted', async () => {
    await orderHelpScenario(async (host, props) => {
      const app = await createApplication({ providers: [provideZonelessChangeDetection()] });
      const component = createComponent(OrderHelpComponent, { environmentInjector: app.injector, hostElement: host });
      component.setInput('token', props.token);
      component.setInput('initialStore', props.store);
      app.attachView(component.hostView);
      await app.whenStable(); // zoneless: the first render is scheduled, not synchronous
      return { host, unmount: () => app.destroy() };
    }, newUser());
  });
});
