// The order-help app in Angular: a standalone, zoneless component. CUSTOM_ELEMENTS_SCHEMA lets its template use
// <kesk-chat>; properties bind with [prop], kesk-* events with (event), and open() is called through a view query.
// This demo compiles templates in the browser (JIT: main.ts loads @angular/compiler first), so it uses the classic
// @Input/@ViewChild decorators; an Angular CLI app compiles ahead of time and may use input() and viewChild().
import { Component, CUSTOM_ELEMENTS_SCHEMA, ElementRef, Input, ViewChild, signal, type OnInit } from '@angular/core';
import '../../../src/define.js';
import type {
  KeskChat,
  KeskMessageReceivedEvent,
  KeskMessageSentEvent,
  KeskUnreadChangeEvent,
  TokenProvider,
} from '../../../src/index.js';
import { STORES, THEMES, type Theme } from '../stores.js';

@Component({
  selector: 'order-help',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <section class="order-help" aria-labelledby="order-title">
      <div class="order">
        <p class="eyebrow">Order NW-20931 · arriving Thursday</p>
        <h2 id="order-title">Trailmark Hiking Boots, UK 9</h2>
        <p>Want to collect it in a store instead, or try another size there? Ask the store.</p>
        <div class="controls">
          <label>Store
            <select (change)="pickStore($event)">
              @for (s of stores; track s.id) {
                <option [value]="s.id" [selected]="s.id === store()">{{ s.name }}, {{ s.city }}</option>
              }
            </select>
          </label>
          <label>Widget theme
            <select (change)="pickTheme($event)">
              @for (t of themes; track t) {
                <option [selected]="t === theme()">{{ t }}</option>
              }
            </select>
          </label>
          <button class="button" type="button" (click)="askStore()">
            Ask the store@if (unread()) {<span class="badge">{{ unread() }} unread</span>}
          </button>
        </div>
        <h3>Sent from this page ({{ sent().length }})</h3>
        @if (sent().length) {
          <ol class="sent">
            @for (text of sent(); track $index) {
              <li>{{ text }}</li>
            }
          </ol>
        } @else {
          <p class="hint">Nothing yet: open the chat and ask about the order.</p>
        }
      </div>
      <aside class="state" aria-labelledby="state-title">
        <h3 id="state-title"><span class="framework">Angular</span> app state</h3>
        <dl>
          <div><dt>Chat</dt><dd>{{ isOpen() ? 'open' : 'closed' }}</dd></div>
          <div><dt>Unread</dt><dd>{{ unread() }}</dd></div>
          <div><dt>Replies</dt><dd>{{ replies() }}</dd></div>
          <div><dt>Token requests</dt><dd>{{ tokenRequests() }}</dd></div>
        </dl>
      </aside>

      <kesk-chat
        #chat
        api-base="/v1"
        mode="vendor"
        [vendorLocationId]="store()"
        [theme]="theme()"
        [token]="token"
        [tokenProvider]="provideToken"
        (kesk-open)="isOpen.set(true)"
        (kesk-close)="isOpen.set(false)"
        (kesk-unread-change)="onUnread($event)"
        (kesk-message-sent)="onSent($event)"
        (kesk-message-received)="onReceived($event)"
      ></kesk-chat>
    </section>
  `,
})
export class OrderHelpComponent implements OnInit {
  @Input({ required: true }) token = '';
  @Input() initialStore: number = STORES[0].id;
  @ViewChild('chat', { static: true }) chat!: ElementRef<KeskChat>;

  readonly stores = STORES;
  readonly themes = THEMES;
  readonly store = signal<number>(STORES[0].id);
  readonly theme = signal<Theme>('light');
  readonly isOpen = signal(false);
  readonly unread = signal(0);
  readonly replies = signal(0);
  readonly sent = signal<string[]>([]);
  readonly tokenRequests = signal(0);

  // The widget asks for a token before its first request, and again with { refresh: true } after a 401: a real app
  // fetches one from its backend here.
  readonly provideToken: TokenProvider = () => {
    this.tokenRequests.update((n) => n + 1);
    return this.token;
  };

  ngOnInit(): void {
    this.store.set(this.initialStore);
  }

  askStore(): void {
    this.chat.nativeElement.open();
  }

  pickStore(event: Event): void {
    this.store.set(Number((event.target as HTMLSelectElement).value));
  }

  pickTheme(event: Event): void {
    this.theme.set((event.target as HTMLSelectElement).value as Theme);
  }

  onUnread(event: KeskUnreadChangeEvent): void {
    this.unread.set(event.detail.count);
  }

  onSent(event: KeskMessageSentEvent): void {
    this.sent.update((list) => [...list, event.detail.message.content]);
  }

  onReceived(event: KeskMessageReceivedEvent): void {
    this.replies.update((n) => n + event.detail.messages.length);
  }
}
