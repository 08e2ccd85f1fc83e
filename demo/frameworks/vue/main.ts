// The Vue demo page's entry: mounts the order-help app with the signed-in shopper's token.
import { createApp } from 'vue';
import OrderHelp from './OrderHelp.vue';

createApp(OrderHelp, { token: 'demo-shopper' }).mount('#app');
