// The Angular demo page's entry: a zoneless application that mounts the order-help component on #app with the
// signed-in shopper's token. There is no Angular CLI here, so templates compile in the browser (JIT): the compiler
// must load before any other Angular package.
import '@angular/compiler';
import { createComponent, provideZonelessChangeDetection } from '@angular/core';
import { createApplication } from '@angular/platform-browser';
import { OrderHelpComponent } from './order-help.component.js';

const app = await createApplication({ providers: [provideZonelessChangeDetection()] });
const component = createComponent(OrderHelpComponent, {
  environmentInjector: app.injector,
  hostElement: document.getElementById('app')!,
});
component.setInput('token', 'demo-shopper');
app.attachView(component.hostView);
