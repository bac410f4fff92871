// The baseline plus the styled component: AssetPayProvider + DepositPanel, with its stylesheet.
import 'react-assetpay/styles.css';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { AssetPayProvider, DepositPanel } from 'react-assetpay';

function Greeting() {
  const { data } = useQuery({ queryKey: ['greeting'], queryFn: () => Promise.resolve('Hello') });
  return <p>{data ?? '…'}</p>;
}

const getToken = () => fetch('/api/assetpay-token').then((response) => response.text());

createRoot(document.getElementById('root')).render(
  <QueryClientProvider client={new QueryClient()}>
    <Greeting />
    <AssetPayProvider getToken={getToken}>
      <DepositPanel />
    </AssetPayProvider>
  </QueryClientProvider>,
);
