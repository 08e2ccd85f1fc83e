// The Svelte demo page's entry: mounts the order-help app with the signed-in shopper's token.
import { mount } from 'svelte';
import OrderHelp from './OrderHelp.svelte';

mount(OrderHelp, { target: document.getElementById('app')!, props: { token: 'demo-shopper' } });
