import type { Metadata } from 'next';
import type { ReactNode } from 'react';
// The styled components' CSS, once for the whole app.
import 'react-assetpay/styles.css';

export const metadata: Metadata = { title: 'Deposit skins' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <main style={{ maxWidth: 1200, margin: '0 auto', padding: 16 }}>{children}</main>
      </body>
    </html>
  );
}
