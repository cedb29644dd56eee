using System;
using OkxGen.Sample.Endpoints;

Console.WriteLine(new PlaceOrderRequest { InstId = "BTC-USDT", TdMode = TradeMode.Cash, Side = OrderSide.Buy, OrdType = OrderType.Limit, Sz = 0.01m, Px = 43250.5m, AttachAlgoOrds = [new AttachedAlgoOrder { TpTriggerPx = 45000m }] }.ToJson());
Console.WriteLine(new GetBalanceRequest { Ccy = "BTC,ETH" }.ToQueryString());
